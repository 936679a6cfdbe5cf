# Fresh hand-written set, English. Plan by entry number:
# 1-4 safety, 5-9 outage, 10-13 payment, 14-17 account, 18-22 hard negatives, 23-24 context.
# Keys: n, signals, priority, trap (trap class / difficulty word), qt (quoted trap 0/1),
# reply (1 = answer in a thread), frm, to, subject, body.

MESSAGES = [
dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Karen Whitfield <karen.whitfield@postbox.example>", to="help@oakhearth.example",
     subject="Radiator smoking in my daughter's bedroom",
     body="""Hi,

The OakHearth 2000 oil-filled radiator we bought from you in October started pouring out smoke last night at about 11pm. By the time my husband got to it the plug was blackened and too hot to hold, and the wall socket behind it is scorched brown. Nobody was hurt thank god, but it was in our six-year-old's bedroom and she was asleep in there.

Serial number OH2K-55812. It's unplugged and sitting in the garden now. Is there a recall on these? What do you need from us?

Karen Whitfield"""),

dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Daniel Okafor <d.okafor@homemail.example>", to="customercare@crunchwell.example",
     subject="Your 'nut free' oat bars - my son ended up in A&E",
     body="""I am writing to complain in the strongest possible terms.

Your Crunchwell oat bars (batch L2291, best before 03/2027) say NUT FREE on the front of the pack. My son has a severe peanut allergy. He had two bites at school on Tuesday, his lips and eyes swelled up, he started wheezing and the school nurse had to use his adrenaline pen. He spent the night in hospital on a drip.

I want to know what is actually in these bars and whether other parents are being warned. I still have the wrapper.

D. Okafor"""),

dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Tom Reyes <tom.reyes@inbox.example>", to="pharmacy@medidirect.example",
     subject="Wrong strength tablets in repeat prescription RX-40817",
     body="""Hello,

my dad's repeat prescription arrived yesterday. The box says amlodipine 5mg but the blister strips inside are 10mg. He took one this morning before I noticed, his blood pressure dropped right down and he passed out in the kitchen, we had to call an ambulance. He's ok now but very shaken.

Can a pharmacist please call me back today on 01632 960412. I also want to know if other patients got the same batch, it's really not ok.

Thanks, Tom Reyes"""),

dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
     frm="Jess Tan <jesstan91@webmail.example>", to="support@northbank.example",
     subject="PAYMENTS I DIDN'T MAKE",
     body="""Just opened my app and there's 6 payments to something called ZX-DIGITAL LTD between 2am and 3am last night, £1,240 altogether. I was asleep and my card is in my purse right here. I did not authorise any of this!!

Please freeze the card and get the money back, that was my rent. Current account ending 4471.

Jess"""),

dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Gareth Lloyd <gareth@lloydsdeli.example>", to="merchant-support@tillpoint.example",
     subject="URGENT - card machines not working in all 3 shops",
     body="""None of our card terminals will take a payment since we opened at 8 this morning - they all just show 'Host unreachable' and time out. That's all three shops (Cardiff, Newport, Penarth). Saturday is our busiest day, there's a queue out the door and most people don't carry cash anymore, we are turning customers away.

Merchant ID 5512-0098. Please ring me on 01632 960871 straight away.

Gareth Lloyd
Lloyd's Deli"""),

dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Priya Nair <priya.nair@bloomandbox.example>", to="support@shipflow.example",
     subject="Orders not reaching warehouse since last night's update",
     body="""Hi team,

since your update at around 11pm yesterday, none of our webshop orders are coming through to the warehouse dashboard. Customers are paying (we can see the payments) but the pick lists are empty, we have 340 orders stuck somewhere and the courier collects at 4pm. It's the last posting week before Christmas.

Account: Bloom & Box Ltd, workspace ID 7781. Please escalate this, we need someone on it now.

Priya Nair
Operations Manager"""),

dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Alex Morgan <alex.morgan@freelance.example>", to="help@docunest.example",
     subject="Can't open a single document",
     body="""Every document I click on in DocuNest just spins for ages and then says "Request timed out". Same on my laptop and on my phone, on two different wifi networks, so it's not my end. I literally can't do any work today, all my client files are in there.

Is something broken?
Alex"""),

dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=1,
     frm="Mike Brennan <mike.brennan@familymail.example>", to="faults@skyline-broadband.example",
     subject="Re: Your fault report FR-20931",
     body="""Mostly in the evenings, between about 7 and 10. The connection drops out for a minute or two several times a night, and when it's up the speed test shows 3 Mbps instead of the 150 we pay for. Daytime seems fine. Router has been restarted plenty of times.

Mike

On Thu, 3 Dec 2026 at 10:12, Skyline Broadband <faults@skyline-broadband.example> wrote:
> Hi Mike,
> thanks for reporting this. Could you tell us at what times of day the drops happen
> and roughly how often?
> Kind regards, Skyline Support"""),

dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Sophie Clarke <s.clarke@harborfinance.example>", to="support@ledgerlite.example",
     subject="CSV export really slow",
     body="""Hello,

The CSV export on the transactions page has got really slow over the last week - it used to take seconds and now takes 8-10 minutes, and about one time in three it fails with "Something went wrong". Everything else seems normal. Not the end of the world but it's definately slowing down month-end.

Sophie Clarke"""),

dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Rob Hughes <robhughes@mailspot.example>", to="billing@streamly.example",
     subject="Charged twice for December",
     body="""Hi, I've been charged twice for my December subscription, £10.99 on the 1st and again on the 2nd. Can you refund one of them please. Email on the account is this one.

Thanks
Rob"""),

dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
     frm="Hannah Price <hannah.price@letters.example>", to="accounts@keystone-lettings.example",
     subject="Deposit refund - I need it by Friday",
     body="""Dear Keystone Lettings,

My tenancy at 14 Elm Road ended on 3 November and you agreed to return my deposit of £950 within 10 days. It is now 7 December and I still haven't received anything. I need that money to pay the deposit on my new flat this Friday, otherwise I lose it.

Please transfer it today and send me confirmation.

Regards,
Hannah Price"""),

dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
     frm="Neil Foster <neil.foster@oldmail.example>", to="customerservices@westnet.example",
     subject="Re: Planned engineering works in your area",
     body="""Thanks for the heads up. Separate thing though: there's a £12 late payment fee on this month's bill, but my direct debit went out on time on the 28th, I can see it on my bank statement. Can you take the fee off please?

Neil Foster
Account 300-4471-22

On Mon, 30 Nov 2026 at 16:40, WestNet <customerservices@westnet.example> wrote:
> Dear customer,
> Due to essential engineering works, broadband and phone services in the BS3 area
> will be unavailable between 00:00 and 05:00 on 8 December. We apologise for any
> outage this may cause."""),

dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Lisa Grant <lisa.grant@carrowayarchitects.example>", to="billing@planboard.example",
     subject="Invoice INV-22817 - wrong number of seats",
     body="""Hi,

Invoice INV-22817 bills us for 25 seats on the Team plan, but we reduced to 18 seats back in October (I have the confirmation email). Could you reissue the invoice for the correct amount and credit the difference?

Many thanks,
Lisa Grant
Office Manager, Carraway Architects"""),

dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Ollie Ward <ollie.ward@student.example>", to="support@fitloop.example",
     subject="verification email never arrives",
     body="""hey, trying to change the email on my account to my new one but the verification email never arrives. checked spam, tried 4 times over two days. my old email is getting shut down at the end of the month so I need this sorted

ollie"""),

dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
     frm="Amara Osei <amara.osei@uni-mail.example>", to="helpdesk@learnhub.example",
     subject="Locked out - exam tomorrow morning",
     body="""Hello,

I got locked out of my LearnHub account after too many password attempts, and the reset link in the email says "This link has expired" even when I click it straight away. All my revision materials and the exam paper are on there and my exam is at 9am tomorrow.

Student number 2281904. Please help as soon as possible.

Amara Osei"""),

dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Graham Pike <g.pike@pikeplumbing.example>", to="support@tradebooks.example",
     subject="Two accounts - please merge",
     body="""Hello, I seem to have ended up with two accounts, one under g.pike@pikeplumbing.example and one under my personal gmail from years ago. My old invoices are in one and the new ones in the other. Could you merge them into the business email one please? I'd rather not loose the old history.

Graham"""),

dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Fiona Baxter <fiona.baxter@postbox.example>", to="support@northbank.example",
     subject="Security codes not coming through",
     body="""Hi, since I changed my mobile number last week I don't recieve the text codes when I try to log in on my new phone. I updated the number in the app on my laptop, which still remembers me so I can get in there, but the phone app just keeps asking for a code that never comes.

Fiona Baxter"""),

dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
     frm="Mo Rahman <mo.rahman@shopfront.example>", to="hello@parcelpal.example",
     subject="Shout-out for Priya",
     body="""Just wanted to say your agent Priya was on fire yesterday. I'd been banging my head against the wall for a week over my delivery address and she had it sorted in five minutes flat. Killer service. Please pass it on to her manager!

Cheers,
Mo"""),

dict(n=19, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
     frm="Sophie Clarke <s.clarke@harborfinance.example>", to="support@ledgerlite.example",
     subject="Password on exported statements?",
     body="""Hi again,

Our accountant has asked that the monthly statements I export from LedgerLite are password protected before I email them over. Is there a setting to put a password on the PDF when it's exported, or do I need to do that in another program afterwards?

Thanks,
Sophie"""),

dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
     frm="SecureStack Events <events@securestack.example>", to="support@ledgerlite.example",
     subject="Webinar invite: After the breach - a 45-minute playbook for small IT teams",
     body="""Hi there,

Ransomware, stolen credentials, a supplier that got hacked: most small IT teams only find out how ready they are on the worst day of the year.

Join our free webinar on Wednesday 16 December at 2pm GMT. Our incident response lead will walk through the first 24 hours after a data breach, how to spot account takeover early, and what to tell your customers.

Register here: https://securestack.example/webinars/after-the-breach

Can't make it? Register anyway and we'll send you the recording.

The SecureStack team
You are receiving this because you subscribed to SecureStack updates. Unsubscribe."""),

dict(n=21, signals="-", priority="low", trap="safety", qt=1, reply=1,
     frm="Ruth Adebayo <ruth.adebayo@homemail.example>", to="care@voltix.example",
     subject="Re: Charger overheating - case 88213",
     body="""Brilliant, the replacement charger turned up this morning and it's working fine. Thanks for sorting it so quickly, really appreciated.

Ruth

On Wed, 2 Dec 2026 at 14:05, Voltix Care <care@voltix.example> wrote:
> Hi Ruth,
> We're sorry to hear the charger got so hot that it started smoking and left a burn
> mark on your desk. Please stop using it. We have shipped a replacement under
> warranty, and a prepaid bag to send the faulty one back to us.
> Voltix Care"""),

dict(n=22, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
     frm="Lisa Grant <lisa.grant@carrowayarchitects.example>", to="sales@planboard.example",
     subject="Crash course for new starters?",
     body="""Hi,

We have four new hires starting in January. Do you run any kind of crash course on the reporting module, either online or on site? If so, what does it cost per person, and are there dates in the first two weeks of January?

Best,
Lisa"""),

dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
     frm="Ben Holt <ben.holt@hikemail.example>", to="support@trailmapper.example",
     subject="Android app crashes on the map screen",
     body="""Since yesterday's update the Android app closes itself every time I open the map screen (Pixel 7, Android 15). I've found the web version works fine on my phone's browser, so I'm using that for now and it's not urgent, but thought you should know.

Ben"""),

dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
     frm="Caroline Webb <caroline.webb@meridian-logistics.example>", to="enterprise@apinexus.example",
     subject="Elevated 503s on the Orders API - Enterprise contract ENT-2209",
     body="""Hello,

We're on your Enterprise plan (contract ENT-2209, 99.9% availability SLA). Since about 06:00 UTC roughly a third of our calls to the Orders API are coming back with 503 Service Unavailable. Retries mostly get through, so we're limping along, but our integrations are backing up.

Please treat this under the SLA and give us an update within the hour.

Caroline Webb
Head of Platform, Meridian Logistics"""),
]
