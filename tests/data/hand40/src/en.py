# blind41 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karen Oduya <karen.oduya@mailbox.example>",
         to="support@snugglehome.example",
         subject="Electric blanket order 448213",
         body="""\
Hi,

We bought the Snuggle Dual heated underblanket from you in October (order 448213). Last night my daughter (9) was sleeping on it on setting 2 and woke up around 3am crying. There's a brown patch on the fabric about the size of my hand near where the controller lead goes in, and the plastic on that end has gone soft and bubbled. She has a red, sore patch on the back of her leg and the GP this morning said it's a first-degree burn.

It's unplugged and out in the garage now. What do you want me to do with it? We have the same one on our own bed and I've unplugged that one too.

Karen Oduya

Sent from my iPhone"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=1,
         frm="Daniel Whitcombe <d.whitcombe@greenmail.example>",
         to="orders@chemistdirect.example",
         subject="Re: Your order PX-220914 has been dispatched",
         body="""\
Hello,

My father's repeat prescription from this order arrived on Tuesday. The box says warfarin 5mg but his prescription is for 1mg - his GP's letter is very clear about that. He has taken one a day since Tuesday as usual without noticing. This morning his gums were bleeding, a big bruise came up on his arm, and he's at the hospital now having his blood checked.

Please can someone call me on 07700 900318 today. I need to know how this happened and whether the other tablets in the order are wrong too. I have kept the box and the pharmacy label.

Daniel Whitcombe

On Mon, 30 Nov 2026 at 16:40, ChemistDirect <orders@chemistdirect.example> wrote:
> Hi Daniel,
>
> Good news! Your order PX-220914 for Mr R. Whitcombe has been dispatched
> with Royal Mail Tracked 24.
>
> Items: Warfarin tablets x 28, Ramipril 2.5mg capsules x 28
>
> Thanks for choosing ChemistDirect."""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Tom Haverley <t.haverley@postbox.example>",
         to="help@northgatebank.example",
         subject="Payments I didn't make",
         body="""\
Three payments went out of my current account overnight to a "J MORRIS" I have never heard of: £480, £480 and £290. I was asleep, my card is in my wallet and I haven't given my details to anyone. Account ending 4471.

I need these stopped and the money back. My mortgage goes out on Monday and there's now £36 in the account.

Ring me on 07700 900452, I'm at work but I'll pick up.

Tom Haverley"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dr Sian Pritchard <sian.pritchard@hollybankvets.example>",
         to="service@ardenfluidics.example",
         subject="VP-300 infusion pump serial 30-11872 - incident this morning",
         body="""\
Dear Arden Fluidics service team,

At about 09:20 this morning one of our VP-300 infusion pumps (serial 30-11872) delivered a full 500 ml bag of Hartmann's to an 8 kg spaniel in roughly fifteen minutes. The rate was set to 40 ml/h and the display showed 40 ml/h the whole time. Our nurse found the bag empty at the next check. The dog developed fluid on the lungs and is now in our oxygen kennel; she is stable but not out of the woods.

We have taken the pump out of use and kept the giving set and the bag. We have two more VP-300s in daily use (serials 30-11870 and 30-11875) and I need to know today whether we should stop using those as well.

Please call me on 01632 960744.

Kind regards,

Dr Sian Pritchard BVSc MRCVS
Clinical Director
Hollybank Veterinary Centre
14 Mill Lane, Thornbury TB3 7QX
Tel: 01632 960744

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it from your system. Hollybank Veterinary Centre Ltd, registered in England and Wales, company no. 08812345."""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Priya Raman <practice.manager@brookfielddental.example>",
         to="support@molarcloud.example",
         subject="URGENT - patient records won't open at Brookfield Dental",
         body="""\
Hi,

Since about 7:45 this morning none of our five surgeries can open a patient record in MolarCloud. The appointment book loads, but clicking on any patient just gives a spinning wheel and then "Request timed out". X-rays won't load either.

We have 38 patients booked today, and four dentists and two hygienists sitting here without histories, medication lists or previous x-rays. We've started rebooking the routine check-ups but we can't treat the emergency patients blind.

We've restarted the router and the PCs, and it's the same on a laptop on 4G, so it isn't our end.

Please call the practice on 01632 960210 as soon as you see this.

Priya Raman
Practice Manager, Brookfield Dental Care"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Gareth Lloyd <gareth.lloyd@pennantlogistics.example>",
         to="integrations@parcelbridge.example",
         subject="Fwd: Label generation failed - 0 of 612 shipments processed",
         body="""\
Hi ParcelBridge,

See below - this is what every batch has returned since 6am. Nothing has left the building today. We've got 612 orders picked and packed for three clients sat on the dock, and the DPD and Evri collections are at 4pm. If they go without labels we miss next-day for all of them.

Can someone ring me on 07700 900781 please, I've been on hold for 40 minutes.

Gareth Lloyd
Shift Manager, Pennant Logistics, Unit 7 Westway Park

---------- Forwarded message ---------
From: ParcelBridge Notifications <noreply@parcelbridge.example>
Date: Mon, 7 Dec 2026 at 06:02
Subject: Label generation failed - 0 of 612 shipments processed
To: <dispatch@pennantlogistics.example>

Batch PB-77120 could not be completed.
Error 503 from carrier gateway. 0 of 612 shipments processed.
Please retry later or contact support."""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Rosie Calder <rosie@calderflowers.example>",
         to="help@tappay.example",
         subject="Card reader won't connect - can't take cards",
         body="""\
Hi there,
My TapPay reader stopped connecting this morning. It just says "Reader offline, check connection" even though the phone is on the shop wifi and 4G. I've charged it, restarted both and tried pairing it again three times.
It's only me in the shop and hardly anyone carries cash any more - I've already had to turn away two customers, and it's the week before Christmas, wreaths and orders all day.
Can you tell me what to do or get a replacement to me today?
Rosie
Calder Flowers, 3 Market Row

Sent from my Samsung Galaxy smartphone."""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Marcus Bell <marcusbell88@inbox.example>",
         to="support@skyline-broadband.example",
         subject="Broadband down since last night - account 30021877",
         body="""\
Hello,

My broadband has been down since about 10pm last night. The router has a red light on "Internet" and I've done the usual: off for a minute, checked the cables, tried a different filter. Your status page says no known issues in my area (LS6).

I work from home full time and I've got nothing today - no video calls, no VPN. I'm tethering off my phone to send this and it's crawling. I have a client presentation at 2pm. Can an engineer come out today, or can someone at least test the line from your end?

Thanks,
Marcus Bell
Account 30021877"""),

    dict(n=9, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Hannah Goss <hannah@thelofthub.example>",
         to="support@deskflow.example",
         subject="A few things from The Loft Hub",
         body="""\
Hi Deskflow team,

Couple of bits from us:

1. The logo on the member invoices is still the old one - could you swap it for the one I uploaded last week?
2. Small typo in the welcome email ("recieve").
3. The bigger one: since Tuesday, meeting room bookings aren't syncing to people's Outlook or Google calendars. Members can still book in the app and on the front desk screen, so nothing is actually lost, but people keep turning up to rooms that are already taken because they only look at their own calendar. Two double-bookings this week so far.

Could you look at 3 first? The others can wait.

Thanks,
Hannah Goss
Community Manager, The Loft Hub Coworking"""),

    dict(n=10, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Jean Alderton <jean.alderton@webmail.example>",
         to="appsupport@brightvolt-energy.example",
         subject="Usage graph in the app",
         body="""\
Hello,

Just a small thing, no rush. In the BrightVolt app on my tablet, the month names along the bottom of the usage graph are printed on top of each other, so I can't tell which bar is November and which is December. It looks fine on my phone, and the figures and my bills all seem right.

It's quite an old iPad, if that helps.

Many thanks,
Jean Alderton
Customer no. 5520193"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Olu Adeyemi <olu.adeyemi@fastmail.example>",
         to="customerservices@harbourinsure.example",
         subject="Question about my renewal price",
         body="""\
Hi,

My car insurance renewed last week (policy HM-4418220) and the monthly direct debit has gone from £38.10 to £41.75. I haven't claimed and nothing's changed on my side as far as I know. I'm not disputing it, I'd just like to understand what's behind the increase - is it the insurance premium tax, or something to do with my postcode?

Thanks,
Olu Adeyemi"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Liam Kershaw <liamkershaw@postmail.example>",
         to="help@ticketgate.example",
         subject="Charged twice for Rovers v Town tickets",
         body="""\
Hi,

I bought 2 tickets for Rovers v Town on 19 December (booking ref TG-88D41K). The page froze on the payment step so I pressed pay again. I only got one confirmation email and one set of tickets, but my bank shows two payments of £64.00 to TICKETGATE on 30 Nov.

Can you refund the duplicate please? Happy to send a screenshot of my statement.

Cheers,
Liam Kershaw"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Agnieszka Nowak <a.nowak.home@mail.example>",
         to="tenants@keystonelettings.example",
         subject="Rent payment rejected - need help today please",
         body="""\
Dear Sir or Madam,

I try to pay my rent for December in the tenant portal since yesterday, but every time the payment is declined with message "Payment could not be processed (code 51)". My bank say there is nothing wrong from their side and the money is on my account. Rent is £925, Flat 4, 22 Alder Court.

The rent is due today and in my contract is written £50 late fee after the due date. I was never late before and I don't want to be late now. Can you please give me other way to pay, maybe bank transfer details, or fix the portal today?

Thank you very much for help.
Agnieszka Nowak
07700 900623"""),

    dict(n=14, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Deborah Finch <bursar@stmarys-primary.example>",
         to="accounts@lunchbox-catering.example",
         subject="Re: Invoice query [Case 11842]",
         body="""\
Hi Craig,

Answers below.

On Tue, 1 Dec 2026 at 11:05, Craig Dunn <accounts@lunchbox-catering.example> wrote:
> So I can look into it, could you confirm:
> 1. Which invoice and which week the query relates to?

INV-30577, week commencing 16 November.

> 2. How many meals you believe were delivered?

290. Year 6 (25 children) were away on their residential trip on the Thursday and Friday, so 50 fewer lunches. I've attached our kitchen log for each day.

> 3. The amount you have been invoiced?

£1,768.00 for 340 meals at £5.20. It should be £1,508.00.

> 4. Has the invoice been paid yet?

No, we've held it. Our payment run is on the 15th, so a corrected invoice before then would be ideal.

Many thanks,
Deborah Finch
School Business Manager, St Mary's C of E Primary School"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Beth Carrow <bethcarrow@oldmail.example>",
         to="help@reelstream.example",
         subject="changing my email address",
         body="""\
Hi, how do I change the email address I log in with? My email provider is shutting down in January so I'm moving everything off this address. I've looked in Account > Profile but I can only see my display name and picture. I mostly watch on the TV, if that matters.
Thanks
Beth"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Jordan Pike <jpike.gaming@quickmail.example>",
         to="support@ironpeak-games.example",
         subject="2FA codes not coming through",
         body="""\
hey, got a new phone last week and moved my authenticator app over, but the codes it gives me for my Ironpeak account get rejected every time ("invalid code"). the clock on the phone is set to automatic. I'm still logged in on my PC so I can play, but I can't log in on the Steam Deck or change anything in account settings without a code.

can you reset the 2FA or tell me how to move it over properly? username is PikeyJ, account email is this one.

cheers
Jordan"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Alexandra Voss <a.voss@vossandhale.example>",
         to="support@signright.example",
         subject="Locked out - completion documents need signing today",
         body="""\
Dear SignRight support,

My account (a.voss@vossandhale.example) was locked this morning after my password reset link expired and I then mistyped the new password. The message says to wait 24 hours or contact support.

I have a property completion today. The signature packs for the buyer and seller are in my SignRight account and have to go out before 1pm for the funds to be released before the bank's 3pm cut-off. If they don't go today, my clients can't move in and the chain behind them falls through.

Could you please unlock the account, or call me on 01632 960388 straight away?

Yours sincerely,
Alexandra Voss
Partner, Voss & Hale Solicitors

Voss & Hale Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA no. 654321). This email is confidential and may be legally privileged. If you are not the intended recipient, please tell us and delete it; do not copy, forward or rely on it."""),

    dict(n=18, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Bellini <gm@harbourviewhotel.example>",
         to="support@roomsmith-pms.example",
         subject="Remove user access - former receptionist",
         body="""\
Hello,

One of our receptionists, Kelly Fraser, left us on Friday. Her RoomSmith login (kfraser) is still active - I checked the user list this morning, and the option to deactivate it is greyed out for my role. Nothing has been done with it as far as I can see, but I'd like it switched off.

Could you also set up a login for our new receptionist, Tomasz Zielinski (tomasz@harbourviewhotel.example), and move Kelly's open shift reports over to him? Ideally this week.

Best regards,
Marco Bellini
General Manager
Harbour View Hotel, 2 Quay Street, Falmouth"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sophie Marsh <sophie.marsh@mailhub.example>",
         to="hello@ironworks-gym.example",
         subject="Saturday bootcamp with Dev!!",
         body="""\
Hi Ironworks team,

Just wanted to say Saturday's bootcamp with Dev absolutely killed me, in the best way. My legs were on fire by the second round of burpees and I honestly thought I was going to die on the rowing machine. Crashed on the sofa for the whole afternoon, zero regrets.

The new playlist is fire as well - whoever did that, more please!

Quick question while I'm here: is the Thursday "Burn 45" class still running over Christmas, or is it on a break? I'd like to bring my sister if there's space. She's just back from a knee injury so she'll take it easy.

Sophie x"""),

    dict(n=20, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Craig Dunmore <craig.dunmore@homemail.example>",
         to="deliveries@oakandcouch.example",
         subject="Delivery on Thursday - order OC-771903",
         body="""\
Hi,

My sofa is booked for delivery on Thursday, 8am-12pm slot (order OC-771903). Just a heads-up: I'm an on-call firefighter, so if my pager goes off I have to drop everything and get to the station. Could be a house fire, could be a crash on the A38 - there's no knowing with emergencies. If I'm out when your driver turns up, my neighbour at number 14 (Mrs Patel) has said she'll take it in and sign for it.

Would it be possible to get a call when the driver is 30 minutes away? That gives me a chance to get back, as long as I'm not stuck at a big one.

Thanks,
Craig Dunmore
07700 900915"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Fiona Reyes <f.reyes@westmere-library.example>",
         to="events@safeclick-training.example",
         subject="Scam awareness session for older residents - availability?",
         body="""\
Hello,

I run the community programme at Westmere Library. We're planning a Scam Awareness Week in February and I saw your "Don't Get Hooked" talk on your website. A lot of our regulars are in their seventies and eighties, and several have told us about phishing texts, fake calls from "the bank's fraud team", and grandchildren whose accounts got hacked or whose phones were stolen.

Would you be able to do a 60-minute session covering strong passwords, spotting phishing, what to do after a data breach, and how to ask the bank for a refund or chargeback if they've been scammed? Ideally a weekday morning in the week of 8 February, for around 30 people.

Could you let me know your fee, and whether you bring your own projector?

Kind regards,
Fiona Reyes
Community Programme Coordinator, Westmere Library"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ellie Marsden <ellie@wickandember.example>",
         to="support@shopcrate.example",
         subject="Re: Checkout failing - customers can't pay [#40211]",
         body="""\
Hi Aaron,

Yes, all back to normal - eleven orders have come through since lunch and I did a test purchase myself. Thanks for jumping on it so quickly, really appreciated.

Ellie
Wick & Ember Candles

On Fri, 11 Dec 2026 at 13:02, Aaron Pell <support@shopcrate.example> wrote:
> Hi Ellie,
> A payment gateway certificate expired on our side overnight, so every
> checkout on your store was failing. It has been renewed now. Could you
> confirm orders are coming through again?
> Aaron, ShopCrate Support
>
>> On Fri, 11 Dec 2026 at 09:14, Ellie Marsden <ellie@wickandember.example> wrote:
>> Since about 8 this morning every customer who gets to checkout sees
>> "Something went wrong, please try again" and the order never goes
>> through. Three people have emailed me already and it's our busiest
>> fortnight of the year. Please help!"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Graham Stokes <graham.stokes@bmail.example>",
         to="refunds@skylark-air.example",
         subject="Re: Re: Refund for cancelled flight SK2291 - STILL NOTHING",
         body="""\
This is the third time I'm writing and all I've had back is automated replies. £1,146.00. Six weeks. Your own website says refunds take 7 working days.

I want a named person to answer this email by Friday, or I'm going to my credit card company and the CAA.

Graham Stokes
Booking ref QX7PLM

On Mon, 23 Nov 2026 at 08:51, Graham Stokes <graham.stokes@bmail.example> wrote:
> Four weeks on and still no refund. Can someone actually look at this
> please? Booking QX7PLM, 4 passengers, £1,146.00.
>
>> On Mon, 26 Oct 2026 at 19:20, Graham Stokes <graham.stokes@bmail.example> wrote:
>> Our family's flight SK2291 to Malaga on 24 October was cancelled by you
>> and we chose a refund instead of rebooking, as offered on your website.
>> Please confirm when the £1,146.00 will be returned to my card."""),

    dict(n=24, signals="outage", priority="low", trap="deadline", qt=0, reply=0,
         frm="Rhys Morgan <rhys@penybryn-farm.example>",
         to="help@fieldbook-app.example",
         subject="Field summary export stops at 80%",
         body="""\
Hello,

When I try to export my field records (Reports > Annual field summary > PDF) it gets to about 80% and then stops with "Export failed". Tried on the laptop and the office PC, same both times. Everything else in Fieldbook is fine, I'm still logging sprays and fertiliser as normal.

No panic yet - I need the summary for my Sustainable Farming claim, which has to be in by 15 May, and my agent wants it by the end of February. But I'd like it sorted well before then as I know you get busy in the spring.

Farm ID 2281-0045, 212 hectares, mostly grass with some winter barley.

Diolch / thanks,
Rhys Morgan
Pen-y-Bryn Farm"""),
]
