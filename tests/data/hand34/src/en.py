# blind35 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rachel Donnelly <rachel.donnelly@homemail.example>",
         to="help@freshbasket.example",
         subject="Oat bars from order 4471-2290",
         body="""\
Hi,

I'm writing about the "Nut-Free Oat & Honey Bars" that came in my order last
Thursday (order 4471-2290). I picked them specifically because my son Oliver (6)
can't have peanuts.

He ate one after school yesterday and within ten minutes his lips had swollen up,
he was coughing and couldn't get his breath properly. We had to use his EpiPen
and he spent the night at St Mary's. He's home now and okay.

This morning I looked at the box again. The front says NUT FREE in big letters,
but the small print on the side says "made in a factory that also handles
peanuts". I still have two bars and the packaging.

Can someone please tell me whether this batch has been checked, and whether other
parents who bought them have been told? I really don't want this to happen to
another child.

Rachel Donnelly
07700 900418"""),

    dict(n=2, signals="safety", priority="critical", trap="understated", qt=0, reply=0,
         frm="Margaret Ellison <m.ellison@postbox.example>",
         to="customerservice@brightvolt-electronics.example",
         subject="Small question about a USB-C charger",
         body="""\
Hello there,

Sorry to bother you with this, it's probably nothing. I bought a 65W USB-C wall
charger from your website in October (order BX-882017) and it has worked fine
until now.

Last night I left my laptop charging on the desk and woke up at about 3am to a
strange burning smell. The charger was black on one side and the plastic around
the pins had melted a little. The wall socket is scorched too, and the edge of
the desk has a brown mark.

I've unplugged everything and not touched it since. Is there something I should
do with it, or shall I just post it back to you? I don't want to make a fuss.

Kind regards,
Margaret Ellison"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jay Morrison <jaymorrison88@quickmail.example>",
         to="support@northgatebank.example",
         subject="card",
         body="""\
there are 3 payments on my debit card from last night i didnt make, 2 at some online electronics place (£289 and £312) and one for £640 in dubai?? im in leeds. card is still in my wallet. please stop it asap

Jay Morrison
Sent from my iPhone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Helen Okafor <helen.okafor@okafor-family.example>",
         to="support@cloudvault.example",
         subject="Someone else has got into my account and I'm locked out",
         body="""\
Dear Sir or Madam,

At about 2pm today I received an email from you saying "Your password has been
changed" and a minute later another one saying my recovery email had been
updated. I did neither of these things. When I try to sign in now, my password
is refused and the reset link goes to an address I don't recognise.

I am extremely worried because my account holds scans of my passport, my
children's birth certificates and several years of bank statements. I believe
this is fraud and that someone is trying to use my identity.

Please lock the account and restore my access as soon as possible. The account
email is helen.okafor@okafor-family.example and I have been a paying customer
since 2019.

Yours faithfully,
Helen Okafor
07700 900233"""),

    dict(n=5, signals="outage", priority="critical", trap="business", qt=0, reply=0,
         frm="Dan Whitfield <dan@whitfieldsbakery.example>",
         to="support@tillpoint.example",
         subject="Card readers not taking payments at both shops",
         body="""\
Hi,

Since we opened at 8 this morning neither of our card readers (Burnside Road and
the market hall) will take a payment. The till shows this every single time:

    Error 503: Payment gateway unavailable
    Terminal ID: TRM-00418 / TRM-00419
    Retrying...

We've restarted the readers, the router and both tablets. Wi-Fi is fine and
everything else on the tablets works. We're asking people for cash and turning
a lot of them away, and Saturday is our busiest day of the week.

Please ring me on 07700 900561 as soon as you see this.

Dan Whitfield
Whitfield's Bakery"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Claire Benson <c.benson@harperlowe-law.example>",
         to="support@mailharbour.example",
         subject="Nobody in our office is receiving email",
         body="""\
Hello,

I'm the office manager at Harper & Lowe Solicitors and I'm writing on behalf of
all 14 of us. Since about 9 o'clock this morning nobody here has received a
single email. We can send out without any trouble, and people tell us they've
written to us, but nothing arrives. Two clients have forwarded us a bounce that
says "550 mailbox unavailable".

We have a court filing deadline at 4pm today and we're waiting on signed
documents from the other side, so this is a serious problem for us.

Our domain is harperlowe-law.example. Could you please look into it urgently and
call me on 0161 496 0732?

Many thanks,
Claire Benson
Office Manager, Harper & Lowe Solicitors"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Tomasz Wisniewski <t.wisniewski@fastnet-home.example>",
         to="help@fastnet-home.example",
         subject="Internet not working since 3 days",
         body="""\
Hello,

I write you because my internet at home is not working since Sunday. The router
has red light on "Internet" and only green on "Power". I made the restart many
times, also I did the reset with the small hole like in your video, but nothing
change.

I am working from home and now I must go to the library every day for use the
wifi, it is not possible like this. On your website is written there is no
problem in my area, but my neighbour have same provider and also no internet.

Customer number: 55-302-771
Address: 14 Elm Court, Flat 3, Reading RG1 4XX

Please can you send a technician? Thank you very much.

Best regards,
Tomasz Wisniewski"""),

    dict(n=8, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Ben Fairclough <ben.fairclough@inboxly.example>",
         to="help@reelhouse-tv.example",
         subject="White screen on the TV app?",
         body="""\
Hi,

Is it normal that the TV app just shows a white screen now? Since it updated
itself on Tuesday, opening it on our Samsung TV gives a white screen with your
logo in the corner, and after a minute or so it drops back to the TV home menu.

I've uninstalled and reinstalled it, unplugged the telly for ten minutes and
signed out of all devices from my laptop. It works on my phone, but we don't
watch on a phone, we pay for the 4K plan for the TV.

Is this something you're fixing, or is there anything else I should try?

Thanks,
Ben Fairclough"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Sam Tideswell <sam.tideswell@gamer-mail.example>",
         to="support@harbourlight-games.example",
         subject="Online matchmaking since Thursday's patch",
         body="""\
Hey team,

First off, loved the winter event, the new snow map is gorgeous and my two
keep begging to play it with me after school.

Anyway, the reason I'm writing: since the patch on Thursday, finding an online
match takes ages. Last night it was 10-15 minutes in the queue every time, and
about one match in three kicks us back to the menu with "Connection to host
lost" after a couple of minutes. Campaign and local split-screen are perfect,
it's only online.

PS5, EU servers, wired connection, NAT type 2.

Not the end of the world, but it's made online pretty much unplayable in the
evenings. Are you aware of it?

Cheers,
Sam (PSN: sammy_tidewater)"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Geoffrey Marsh <geoffrey.marsh@marsh-home.example>",
         to="billing@greenhearth-energy.example",
         subject="Duplicate direct debit - account 8830 1142 07",
         body="""\
Dear Sir or Madam,

Account number: 8830 1142 07

I am writing regarding my December payment. My monthly direct debit for gas and
electricity is £118.40. However, my bank statement shows that this amount was
collected twice: on 1 December and again on 3 December.

I should be grateful if you would refund the duplicate payment of £118.40 to my
bank account and confirm that the January payment will be collected only once.

I am happy to send a copy of the relevant bank statement if required.

Yours faithfully,
Geoffrey Marsh"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Lorraine Pike <lorraine.pike@webpost.example>",
         to="customer.relations@skyrider-air.example",
         subject="My refund (booking ref QK7TZP)",
         body="""\
Hello,

I hope you're all having a calmer December than I am! I've flown with you for
years, Malaga every summer with my sister, and I always recommend you to
friends, so please don't take this the wrong way.

In October four of us were booked to Lisbon for my mum's 70th birthday. Your
flight was cancelled the evening before and there was nothing else that would
get us there in time for the party, so we had to call the whole trip off, hotel
and all. Disappointing, but these things happen and we've rebooked for spring.

The problem is the refund. The app said the £684.20 would be back on my card
within 7 working days. That was on 22 October and it's now more than six weeks
with nothing. I paid for all four of us because I'm the organised one, and my
rent is due on the 15th and I'm genuinely short without that money.

I've filled in the online form twice (references CR-118273 and CR-120045) and
had no answer to either.

Please could someone just tell me when it will be paid? I really need it before
the 15th.

Best wishes,
Lorraine Pike"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Priya Nair <priya.nair@mailpoint.example>",
         to="help@parkeasy.example",
         subject="quick question about a 20p fee",
         body="""\
Hi, just curious really. When I paid for parking at the station car park on
Monday (£4.60) there was an extra 20p "convenience fee" on the receipt. I don't
remember seeing that before. Is it new, and is it on every payment now or only
when you pay by card? Not a big deal, I'd just like to understand it.

Thanks,
Priya Nair"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Aisha Rahman <aisha.rahman@freemail.example>",
         to="customerservices@homeshield-insurance.example",
         subject="Letter saying my home insurance will be cancelled",
         body="""\
Hi,

I got a letter today saying my home insurance (policy HX-5520198) will be
cancelled on 20 December because my last two monthly payments failed. A few
things don't add up:

- My card hasn't changed and there's plenty of money on it.
- I didn't get any email or text about a failed payment before this letter.
- My online account still says "Payments up to date".
- When I try to pay the missing 2 x £34.12 on the website, the payment page
  just says "Please contact us".

Could you take the payment over the phone, or tell me what's gone wrong? I don't
want to be without cover over Christmas.

Thanks,
Aisha Rahman
07700 900874"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Fiona McCall <fiona.mccall@lochside.example>",
         to="support@lingoleap.example",
         subject="Password reset link says it has expired straight away",
         body="""\
Hello,

I forgot my password for the app and requested a reset. The email arrives
within a minute, but when I tap the link it says "This link has expired. Please
request a new one." I've tried five times now, on my phone and on my laptop,
and clicked it immediately every time.

I'm on a 212-day streak and the annual plan, so I'd rather not start a new
account and lose everything. My login email is this address.

Thanks,
Fiona McCall"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Morag Buchanan <morag@thistleandthread.example>",
         to="sellersupport@craftbazaar.example",
         subject="Seller account locked for verification - can't dispatch orders",
         body="""\
Hi there,

My seller account (shop name: Thistle & Thread) was locked yesterday evening
with a message asking me to "verify your identity". I uploaded my passport and
a utility bill straight away as asked, but it has said "under review" for 20
hours now and I can't get into the seller dashboard at all.

I have 37 orders waiting to be posted before the Christmas cut-off on Thursday
and I can't see the addresses or print the labels. December is most of my
income for the year.

Could someone please check the documents and unlock the account today?

Many thanks,
Morag Buchanan"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Derek Hollis <derek.hollis@oldtownmail.example>",
         to="enquiries@eastfield-council.example",
         subject="How do I change the email on my council account?",
         body="""\
Hello,

I've retired and moved from my old work email to this personal one, and I'd
like to use it for my council tax and bin collection account. I can log in
fine, but I can't see where to change the email address in the settings,
there's only "Change password" and "Phone number". Is it something I can do
myself or does it have to be done by you?

The account is in my name, 27 Windmill Lane.

Thank you,
Derek Hollis"""),

    dict(n=17, signals="account", priority="medium", trap="proxy", qt=0, reply=0,
         frm="Linda Grant <linda.grant@grantfamily.example>",
         to="online@wellcare-pharmacy.example",
         subject="Login codes for my dad's repeat prescriptions",
         body="""\
Hello,

I'm writing for my father, Arthur Grant (date of birth 14/03/1941), who orders
his repeat prescriptions through your website. He's not confident with
computers, so I usually do it with him.

Since you added the login codes last month, the code is texted to his old
mobile number, which he gave up in the summer. We can't get past that screen,
so we can't order his tablets online. He has about ten days' supply left, so
it isn't an emergency yet, but we'd like to get it sorted.

Could you change his number to 07700 900105, or tell us how to do it? I can put
him on the phone to confirm it's him.

With thanks,
Linda Grant (daughter)"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Tom Aldridge <tom.aldridge@brickandivy.example>",
         to="hello@loftliving-furniture.example",
         subject="Questions before ordering the Oslo corner sofa",
         body="""\
Hi,

I'm thinking of ordering the Oslo corner sofa in slate grey, but before I do,
a few questions:

1. If it arrives damaged or broken, do you collect it, or do I have to
   arrange the return myself?
2. If it simply won't go through our front door (old Victorian terrace!),
   do I get a full refund, or is there a restocking fee?
3. How long is the guarantee on the frame if it cracks or breaks?

Thanks in advance,
Tom Aldridge"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Mark Sutton <mark.sutton@commuter.example>",
         to="appsupport@railhop.example",
         subject="Re: App crashes when I open my tickets",
         body="""\
Hi Kerry,

That did the trick. I updated to the latest version this morning and it opens
fine now, season ticket and all. Thanks for the quick help!

Mark

On Tue, 1 Dec 2026 at 07:52, Mark Sutton <mark.sutton@commuter.example> wrote:
> Hello,
> Since last night the app crashes as soon as I tap "My tickets", so I can't
> show my season ticket on the train. The guard let me off this morning but
> I need it working for tomorrow.
> Mark Sutton"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="SecureLine Events <events@secureline.example>",
         to="support@brightdesk.example",
         subject="Webinar: Your customers' accounts were hacked. What now?",
         body="""\
Hello,

Data breaches, stolen passwords, phishing that slips past the filters: for most
support teams the question isn't if, but when.

Join our free 45-minute webinar on Thursday 17 December at 2pm GMT:
"The first 24 hours after a breach - a playbook for support teams"

You'll learn:
- how to spot an account takeover from the ticket alone
- what to tell customers whose card details may have leaked
- how to handle a flood of password resets without locking everyone out

Register: https://secureline.example/webinar/first-24-hours
Can't make it? Register anyway and we'll send you the recording.

The SecureLine Events Team
To stop receiving these emails, reply with "unsubscribe"."""),

    dict(n=21, signals="-", priority="low", trap="tone", qt=0, reply=0,
         frm="Steve Carter <steve.carter@carterclan.example>",
         to="bookings@millbrook-motors.example",
         subject="Your MOT reminder text",
         body="""\
Hello,

Just a bit of feedback rather than a complaint. My mum (82) got a text from you
last week saying "URGENT: Your vehicle is at risk. Immediate action required."
She rang me in a real panic, convinced her car was about to catch fire or be
towed away. It turned out to be her ordinary MOT reminder, which isn't due
until the 30th.

Could you make those reminders a bit calmer? "Your MOT is due on..." would do
the job without frightening anyone. Otherwise we're very happy, you've looked
after her Micra for years.

Best wishes,
Steve Carter"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nadia Hussain <nadia.hussain@runmail.example>",
         to="members@pulsefitness.example",
         subject="Tuesday spin class - more please!",
         body="""\
Hi all,

Just wanted to say Jade's 7pm spin class on Tuesday absolutely killed me, in
the best possible way. Legs on fire, lungs gone, I was dead on my feet by the
end and loved every minute of it. Her playlist was the bomb as well.

Any chance of adding another one of her classes on Thursdays? The Tuesday one
is booked solid within an hour of opening, so a lot of us miss out.

Cheers,
Nadia Hussain
Membership no. 40917"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nicola Brennan <nicola.brennan@mailspot.example>",
         to="customercare@wardrobe-avenue.example",
         subject="Re: Re: Refund for return RTN-60431 - THIRD time asking",
         body="""\
This is the third time I'm writing about this and I still haven't had a single
reply from an actual person, just your automatic "we aim to respond within 48
hours". I want my £149.97 back. If I haven't heard anything by Friday I'm going
to my bank for a chargeback and leaving reviews everywhere I can.

Nicola Brennan

On Sat, 28 Nov 2026 at 10:02, Nicola Brennan <nicola.brennan@mailspot.example> wrote:
> Hello again, it's now almost three weeks since your warehouse received my
> return (RTN-60431, two coats and a pair of boots) and I still haven't had
> my refund. Could you please check what's happening?
>
> On Sat, 14 Nov 2026 at 19:47, Nicola Brennan <nicola.brennan@mailspot.example> wrote:
>> Hi, I returned order 7718820 on 6 November with the prepaid label and
>> tracking says you received it on the 9th. When will the refund arrive?"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Ian Morley <i.morley@westbrook-academy.example>",
         to="support@classroomhub.example",
         subject="None of Year 11 can log in - coursework deadline Friday",
         body="""\
Hi,

I'm the IT coordinator at Westbrook Academy. Since this morning none of our
Year 11 students (about 180 of them) can log in to the homework platform. After
choosing "Sign in with school account" they get:

    Single sign-on failed: invalid response from identity provider (SAML-402)

Staff accounts work, and the other year groups seem fine. Their English and
Science coursework has to be submitted on the platform by 4pm on Friday, and
teachers can't set or mark anything for that year group until this is fixed.

Could you escalate this, please?

School ID: WBA-2231
Ian Morley, IT Coordinator, 01632 960418"""),
]
